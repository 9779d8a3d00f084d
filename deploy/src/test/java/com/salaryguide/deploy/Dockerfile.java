package com.salaryguide.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process's Dockerfile as its instructions (continuation lines joined, comments dropped), grouped by stage, and the
 * JVM memory its {@code JAVA_TOOL_OPTIONS} allow.
 */
record Dockerfile(List<Stage> stages) {

    record Instruction(String keyword, String arguments) {
    }

    record Stage(String from, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
        }
    }

    private static final Pattern JAVA_TOOL_OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kKmMgG]?)");

    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        for (String line : text.split("\n")) {
            if (logical.isEmpty() && (line.isBlank() || line.trim().startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                logical.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            logical.append(line);
            String[] split = logical.toString().trim().split("\\s+", 2);
            Instruction instruction = new Instruction(split[0].toUpperCase(), split.length > 1 ? split[1] : "");
            logical.setLength(0);
            if (instruction.keyword().equals("FROM")) {
                stages.add(new Stage(instruction.arguments(), new ArrayList<>()));
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(stages);
    }

    Stage build() {
        return stages.get(0);
    }

    Stage runtime() {
        return stages.get(stages.size() - 1);
    }

    int exposedPort() {
        return Integer.parseInt(runtime().all("EXPOSE").get(0).arguments().trim());
    }

    String javaToolOptions() {
        for (Instruction env : runtime().all("ENV")) {
            Matcher matcher = JAVA_TOOL_OPTIONS.matcher(env.arguments());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("the runtime stage sets no JAVA_TOOL_OPTIONS");
    }

    /** A JVM size flag in KiB, e.g. {@code -Xmx128m} or {@code -XX:MaxMetaspaceSize=128m}; empty when unset. */
    Optional<Long> jvmSizeKiB(String flag) {
        for (String option : javaToolOptions().split("\\s+")) {
            if (option.startsWith(flag)) {
                Matcher size = SIZE.matcher(option.substring(flag.length()));
                if (!size.matches()) {
                    throw new IllegalStateException("not a size: " + option);
                }
                long amount = Long.parseLong(size.group(1));
                return Optional.of(switch (size.group(2).toLowerCase()) {
                    case "g" -> amount * 1024 * 1024;
                    case "m" -> amount * 1024;
                    case "k" -> amount;
                    default -> Math.max(1, amount / 1024);
                });
            }
        }
        return Optional.empty();
    }
}
