package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first sign-in of a user the browser journeys add with {@code esg user add}: the one-time code the command prints,
 * then the first-sign-in form (name, code, a password twice) up to the dashboard, as a person fills it in.
 */
final class BrowserSignIn {

    private static final Pattern CODE = Pattern.compile("One-time sign-in code: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    private BrowserSignIn() {
    }

    /** The one-time code {@code esg user add} (or {@code user reset}) printed; the run must have succeeded and printed one. */
    static String codeOf(CliRun run) {
        assertThat(run.exit()).as(run.all()).isZero();
        Matcher code = CODE.matcher(run.out());
        assertThat(code.find()).as(run.out()).isTrue();
        return code.group(1);
    }

    /** Whether this output holds a one-time code. */
    static boolean printsACode(String out) {
        return CODE.matcher(out).find();
    }

    /** Opens the first-sign-in page, sets the password and waits for the (Chinese) dashboard. */
    static void firstSignIn(WebDriver browser, WebDriverWait wait, String base, String name, String code, String password) {
        browser.get(base + "first-sign-in");
        wait.until(ExpectedConditions.urlContains("/first-sign-in"));
        fill(browser, wait, name, code, password);
    }

    /** Fills the first-sign-in form already open, submits it and waits for the (Chinese) dashboard. */
    static void fill(WebDriver browser, WebDriverWait wait, String name, String code, String password) {
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeat")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "财年概览"));
    }
}
