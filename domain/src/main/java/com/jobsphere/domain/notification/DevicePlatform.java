package com.jobsphere.domain.notification;

/** Where a push device runs; stored and sent as its wire name ({@code android}). */
public enum DevicePlatform {
    ANDROID, IOS, WEB
}
