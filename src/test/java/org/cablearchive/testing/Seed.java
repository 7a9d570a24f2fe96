package org.cablearchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The founding telegram and its expected reading, read from the shared fixtures beside the checkout. */
public final class Seed {

    public static final Path FOLDER = Path.of("..", "shared", "fixtures", "seed");
    public static final String TITLE = "The Charge in the Soviet Union (Cumming) to the Secretary of State";

    private Seed() {
    }

    public static String text() {
        return read("telegram-611.61-10-1551.txt");
    }

    public static JsonNode expected() {
        return JsonMapper.builder().build().readTree(read("expected.json"));
    }

    private static String read(String name) {
        try {
            return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The shared fixtures are not at " + FOLDER.toAbsolutePath(), e);
        }
    }
}
