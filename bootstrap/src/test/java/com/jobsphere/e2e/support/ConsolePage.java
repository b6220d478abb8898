package com.jobsphere.e2e.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The operators' console as a test reads it: its sections' rows (each {@code <tr data-id>} holds one item of the
 * API), the notice and error boxes, and the requests the page sent. Elements are looked up afresh on every call,
 * because the page replaces a section's rows each time it reloads it.
 */
public final class ConsolePage {
    private final Browser browser;
    private final WebDriver driver;

    private ConsolePage(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** Opens {@code baseUrl/admin}, signs in as the service's admin and waits until the ledger check is shown. */
    public static ConsolePage signIn(Browser browser, String baseUrl) {
        ConsolePage page = new ConsolePage(browser);
        page.driver.get(baseUrl + "/admin");
        page.driver.findElement(By.id("email")).sendKeys(Service.ADMIN_EMAIL);
        page.driver.findElement(By.id("password")).sendKeys(Service.ADMIN_PASSWORD);
        page.driver.findElement(By.id("sign-in-button")).click();
        browser.until("the console is loaded after signing in",
                () -> page.driver.findElement(By.id("verify-result")).getText().startsWith("Balanced"));
        return page;
    }

    public WebElement row(String section, String id) {
        return driver.findElement(By.cssSelector("#" + section + "-rows tr[data-id='" + id + "']"));
    }

    /** The ids of a section's rows, in the order shown. */
    public List<String> rowIds(String section) {
        return driver.findElements(By.cssSelector("#" + section + "-rows tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
    }

    /** Whether the section's first row is the item with this id. */
    public boolean isFirst(String section, String id) {
        List<String> ids = rowIds(section);
        return !ids.isEmpty() && ids.get(0).equals(id);
    }

    public static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    public static String status(WebElement row) {
        return row.findElement(By.cssSelector(".status")).getText();
    }

    public String notice() {
        return driver.findElement(By.id("notice")).getText();
    }

    /** The error box's text; empty while it is hidden. */
    public String error() {
        return driver.findElement(By.id("error")).getText();
    }

    public boolean isSignedIn() {
        return driver.findElement(By.id("session")).isDisplayed();
    }

    public void reload(String section) {
        driver.findElement(By.cssSelector("[data-reload='" + section + "']")).click();
    }

    /** The requests the page made to {@code path}, as the browser's resource timing recorded them. */
    public long requestsSentTo(String path) {
        Object count = ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(entry => new URL(entry.name).pathname === arguments[0]).length;", path);
        return (Long) count;
    }

    public Browser browser() {
        return browser;
    }
}
