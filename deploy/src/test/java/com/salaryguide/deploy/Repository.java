package com.salaryguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository these tests check, read as files: the parent pom's modules, which project modules each one is built
 * from, and the processes (the modules with a Dockerfile). The deploy module depends on none of them, so it builds
 * alone in seconds and still fails when a manifest drifts from a module.
 */
record Repository(Path directory) {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern PROJECT_ARTIFACT =
            Pattern.compile("<groupId>com\\.salaryguide</groupId>\\s*<artifactId>([^<]+)</artifactId>");

    static Repository root() {
        String root = System.getProperty("repository.root");
        return new Repository(Path.of(root == null ? ".." : root).toAbsolutePath().normalize());
    }

    /** The parent pom's modules, in reactor order. */
    List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(read("pom.xml"));
        while (matcher.find()) {
            modules.add(matcher.group(1).trim());
        }
        return modules;
    }

    /** The modules that run as a process of their own: those with a Dockerfile. */
    List<String> processes() {
        return modules().stream().filter(module -> Files.exists(directory.resolve(module).resolve("Dockerfile")))
                .toList();
    }

    /**
     * The project modules {@code module} is built from, transitively and in any scope (what {@code -pl module -am}
     * builds), the module itself last. Module directories are named after their artifactIds.
     */
    Set<String> buildClosure(String module) {
        Set<String> closure = new LinkedHashSet<>();
        for (String dependency : projectDependencies(module)) {
            closure.addAll(buildClosure(dependency));
        }
        closure.add(module);
        return closure;
    }

    private List<String> projectDependencies(String module) {
        List<String> dependencies = new ArrayList<>();
        Matcher dependency = DEPENDENCY.matcher(read(module + "/pom.xml"));
        while (dependency.find()) {
            Matcher artifact = PROJECT_ARTIFACT.matcher(dependency.group(1));
            if (artifact.find()) {
                dependencies.add(artifact.group(1));
            }
        }
        return dependencies;
    }

    Path resolve(String relative) {
        return directory.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(directory.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
