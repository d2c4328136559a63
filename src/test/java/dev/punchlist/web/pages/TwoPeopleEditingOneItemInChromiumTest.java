package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, blocker 1, in real browsers: a member and a lead have the same item open; nothing of the other's is lost. */
class TwoPeopleEditingOneItemInChromiumTest {
    @TempDir
    Path dir;

    private WebDriver member;
    private WebDriver lead;
    private TestApp app;

    @AfterEach
    void stop() {
        for (WebDriver driver : new WebDriver[]{member, lead}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_due_date_saved_over_a_colleagues_status_and_comment_keeps_both_and_a_clash_on_one_field_is_shown_and_resolved() {
        Chromium.assumePresent();
        app = TestApp.start();
        Item item = PageFixture.imported(app).get(0);
        String path = "/items/" + item.id();
        member = Chromium.start(true, dir.resolve("member"), 1280, 1400);
        lead = Chromium.start(true, dir.resolve("lead"), 1280, 1400);
        Chromium.openAs(member, app, "member", path);
        Chromium.openAs(lead, app, "lead", path);

        // the lead starts the item and writes a comment
        new Select(lead.findElement(By.id("status"))).selectByValue("in_progress");
        Chromium.clickToLoad(lead, By.xpath("//button[normalize-space()='Save changes']"));
        lead.findElement(By.id("comment")).sendKeys("started: rotating in the vault");
        Chromium.clickToLoad(lead, By.xpath("//button[normalize-space()='Add comment']"));

        // the member, whose page still shows "to do", changes only the due date
        setDate(member.findElement(By.id("due")), "2030-01-31");
        Chromium.clickToLoad(member, By.xpath("//button[normalize-space()='Save changes']"));
        assertThat(member.findElement(By.id("merged")).getText()).contains("lead", "status");
        assertThat(new Select(member.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("in_progress");
        assertThat(member.findElement(By.id("comments")).getText()).contains("started: rotating in the vault", "lead");
        Item afterFirst = app.app().items().get(item.id());
        assertThat(afterFirst.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(afterFirst.due()).hasToString("2030-01-31");

        // now both change the status from the same page state: the lead to blocked (and assigns), the member to done
        lead.navigate().refresh();
        new Select(member.findElement(By.id("status"))).selectByValue("done");
        new Select(lead.findElement(By.id("status"))).selectByValue("blocked");
        lead.findElement(By.id("assignee")).sendKeys("bo");
        Chromium.clickToLoad(lead, By.xpath("//button[normalize-space()='Save changes']"));
        Chromium.clickToLoad(member, By.xpath("//button[normalize-space()='Save changes']"));

        WebElement box = member.findElement(By.cssSelector(".conflict"));
        assertThat(box.getText()).contains("lead changed this item meanwhile", "You both changed status");
        assertThat(box.findElement(By.cssSelector("tr.is-contested")).getText()).contains("status", "blocked", "done");
        assertThat(member.findElement(By.id("assignee")).getAttribute("value")).isEqualTo("bo");
        assertThat(member.findElement(By.cssSelector("label[for=status] .theirs")).getText()).isEqualTo("both changed");
        assertThat(app.app().items().get(item.id()).status()).isEqualTo(Status.BLOCKED);

        Chromium.clickToLoad(member, By.xpath("//button[normalize-space()='Save changes']"));
        Item last = app.app().items().get(item.id());
        assertThat(last.status()).isEqualTo(Status.DONE);
        assertThat(last.assignee()).isEqualTo("bo");
        assertThat(last.due()).hasToString("2030-01-31");
        assertThat(member.findElement(By.id("comments")).getText()).contains("started: rotating in the vault");
    }

    /** Typing into a date input depends on the locale's field order; setting the value the way a picker does does not. */
    private void setDate(WebElement input, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) member).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }
}
