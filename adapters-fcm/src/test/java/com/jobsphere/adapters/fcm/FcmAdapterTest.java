package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service-account file is read when the adapter is made, so that a bad one stops start-up. */
class FcmAdapterTest {
    @TempDir
    Path directory;

    @Test
    void aMissingServiceAccountFileStopsCreationAndIsNamed() {
        Path missing = directory.resolve("nowhere.json");

        assertThatThrownBy(() -> FcmAdapter.create(FcmSettings.withDefaults("p-1", missing, null)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFileThatIsNotAServiceAccountStopsCreation() throws IOException {
        Path file = Files.writeString(directory.resolve("user.json"),
                "{\"type\": \"authorized_user\", \"client_id\": \"c\", \"client_secret\": \"s\"}");

        assertThatThrownBy(() -> FcmAdapter.create(FcmSettings.withDefaults("p-1", file, null)))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aServiceAccountFileIsReadWithoutFetchingAToken() {
        try (FakeFcm fcm = new FakeFcm().start()) {
            Path file = ServiceAccountFiles.writeFor(fcm, directory);

            assertThat(FcmAdapter.create(FcmSettings.withDefaults(fcm.projectId(), file, fcm.apiBase().toString()))
                    .pushNotifications()).isNotNull();
            assertThat(fcm.tokenRequests()).isZero();
        }
    }
}
