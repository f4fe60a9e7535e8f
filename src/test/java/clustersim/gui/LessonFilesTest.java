package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped lessons parse, name scenarios that validate, suggest moves a slider can make, and end with questions. */
class LessonFilesTest {
    private static List<Path> shipped() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios", "lessons"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyShippedLessonParsesAndItsScenariosAndMovesAreValid() throws Exception {
        List<Path> files = shipped();
        assertTrue(files.size() >= 3, "lessons: " + files);
        for (Path f : files) {
            Lesson l = Lesson.load(f);
            assertFalse(l.title().isBlank(), f.toString());
            assertFalse(l.moves().isEmpty(), f + " suggests no move");
            int shortest = Integer.MAX_VALUE;
            for (Path p : l.scenarios()) {
                Scenario s = ScenarioLoader.load(p);
                s.checkEvents(s.steps());
                shortest = Math.min(shortest, s.steps());
            }
            for (Lesson.Move m : l.moves()) {
                assertTrue(m.param().isLive(), f + ": " + m);
                assertTrue(m.param().allows(m.value()), f + ": " + m);
                assertTrue(m.month() < shortest, f + ": " + m + " falls after the run's end");
            }
            assertTrue(l.markdown().contains("docs/ODD.md"), f + " does not say where in docs/ODD.md the mechanism is");
            assertTrue(l.markdown().contains("## Questions"), f + " has no questions for a teacher to set");
            int questions = l.markdown().lastIndexOf("## Questions");
            assertTrue(l.markdown().substring(questions).lines().filter(x -> x.matches("\\d+\\. .*")).count() >= 3,
                    f + ": fewer than three numbered questions at the end");
        }
        assertEquals(files.size(), Lesson.list(Path.of("scenarios", "lessons")).size(), "every file is offered");
    }

    @Test
    void aMoveLabelSaysWhichWayTheLeverGoes() {
        Lesson.Move m = new Lesson.Move(100, Param.CREDIT_ENVIRONMENT, 0.6);
        assertEquals("Raise creditEnvironment to 0.6 (month 100)", m.label(0.3));
        assertEquals("Lower creditEnvironment to 0.6 (month 100)", m.label(0.9));
    }

    @Test
    void aBrokenHeaderIsRefusedInOneLineNamingTheFileAndField(@TempDir Path dir) throws Exception {
        Path scen = dir.resolve("s.yaml");
        Files.writeString(scen, "name: s\n");
        String[][] cases = {
            {"no header\n", "header"},
            {"---\ntitle: t\nscenarios: [s.yaml]\n", "closing"},
            {"---\ntitle: t\n---\n", "scenarios"},
            {"---\ntitle: t\nscenarios: [s.yaml]\nmoves:\n  - {month: 10, set: initialFirms, to: 5}\n---\n", "slider"},
            {"---\ntitle: t\nscenarios: [s.yaml]\nmoves:\n  - {month: 10, set: creditEnvironment, to: 3}\n---\n", "[0, 1]"},
            {"---\ntitle: t\nscenarios: [s.yaml]\nwhen: now\n---\n", "unknown header field"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve("l.md");
            Files.writeString(f, c[0]);
            ScenarioException e = assertThrows(ScenarioException.class, () -> Lesson.load(f), c[0]);
            assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains(c[1]), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void theLessonMarkdownBecomesHeadingsParagraphsListsAndEmphasis() {
        String html = MarkdownText.html("# Title\n\nA *first* line\njoined with `code`.\n\n- one **bold**\n- two\n\n1. q one\n2. q <two>\n");
        assertTrue(html.contains("<h2>Title</h2>"), html);
        assertTrue(html.contains("<p>A <i>first</i> line joined with <code>code</code>.</p>"), html);
        assertTrue(html.contains("<ul><li>one <b>bold</b><li>two</ul>"), html);
        assertTrue(html.contains("<ol><li>q one<li>q &lt;two&gt;</ol>"), html);
    }
}
