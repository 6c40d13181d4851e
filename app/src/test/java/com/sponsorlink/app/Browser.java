package com.sponsorlink.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's Chromium, headless, driven through its own ChromeDriver (nothing is downloaded): a user
 * typing into labelled fields and pressing buttons, with a screenshot, an axe-core scan and the
 * browser console's errors at hand for every page.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final List<String> consoleErrors = new ArrayList<>();

    Browser(String base) throws IOException {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-US", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SCREENSHOTS);
    }

    static boolean installed() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    void open(String path) {
        driver.get(base + path);
        settle();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date and month pickers take their value as the browser's own widget would set it. */
    void pick(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                driver.findElement(By.id(id)), value);
    }

    void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            click(box);
        }
    }

    /**
     * Presses the button whose visible text starts with the words given, or else follows such a
     * link styled as a button (in the page before the navigation bar's).
     */
    void press(String words) {
        WebElement target = java.util.stream.Stream.of("main button, main input[type=submit]", "main a.btn", "button", "a.btn, a.nav-link")
            .flatMap(css -> driver.findElements(By.cssSelector(css)).stream())
            .filter(element -> element.isDisplayed() && element.getText().strip().startsWith(words))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No button or link \"" + words + "\" on " + path()));
        WebElement before = driver.findElement(By.tagName("html"));
        click(target);
        arrived(before);
    }

    void follow(String linkText) {
        WebElement before = driver.findElement(By.tagName("html"));
        click(driver.findElement(By.partialLinkText(linkText)));
        arrived(before);
    }

    /**
     * Waits for the next page: the one the click left has gone, and the new one has loaded. While
     * Chromium swaps the documents, asking about the old one may fail with other errors than
     * "stale"; any of them means it is going.
     */
    private void arrived(WebElement before) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                before.isEnabled();
                return false;
            }
            catch (WebDriverException gone) {
                return true;
            }
        });
        settle();
    }

    /** Clicks as a user would, after scrolling the element to the middle of the window. */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Opens the collapsed menu on a narrow screen, as its button would. */
    void openMenu() {
        click(driver.findElement(By.cssSelector("button.navbar-toggler")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.findElement(By.cssSelector("#main-nav")).getDomAttribute("class").contains("show"));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Whether the page is wider than the window, so that a phone would have to scroll sideways. */
    boolean overflowsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The text of the element that has the keyboard focus. */
    String focused() {
        return driver.switchTo().activeElement().getText();
    }


    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The page as it stands, for reading after a failure: its screenshot and its HTML. */
    void keepForInspection(String name) throws IOException {
        screenshot(name);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    }

    /** The serious and critical accessibility violations axe-core finds on the current page. */
    List<String> accessibilityProblems() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
        return results.getViolations().stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(Browser::describe)
            .toList();
    }

    /** Errors the browser console reported since the last call, on any page. */
    List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    void signOut() {
        press("Log out");
    }

    void signIn(String email, String password) {
        open("/login");
        type("email", email);
        type("password", password);
        press("Log in");
    }

    /** The numbers a chart was drawn with, per dataset, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    List<List<Double>> chartData(String figureId) {
        List<List<Object>> data = (List<List<Object>>) script("var canvas = document.querySelector('#' + arguments[0] + ' canvas');"
                + "var chart = canvas && Chart.getChart(canvas);"
                + "return chart ? chart.data.datasets.map(function (d) { return d.data; }) : null;", figureId);
        if (data == null) {
            throw new AssertionError("No chart drawn in #" + figureId + " on " + path());
        }
        return data.stream().map(values -> values.stream().map(v -> ((Number) v).doubleValue()).toList()).toList();
    }

    /** The table of a chart, column by column, from the data-value attributes it is drawn from. */
    List<List<Double>> tableData(String figureId) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#" + figureId + " table tbody tr"));
        int columns = rows.isEmpty() ? 0 : rows.get(0).findElements(By.tagName("td")).size();
        List<List<Double>> data = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            int c = column;
            data.add(rows.stream().map(row -> Double.valueOf(row.findElements(By.tagName("td")).get(c).getDomAttribute("data-value")))
                .toList());
        }
        return data;
    }

    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .ignoring(WebDriverException.class)
            .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }


    @Override
    public void close() {
        driver.quit();
    }
}
