package com.salaryguide.advice.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Walks a guide's JSON and names every place it breaks docs/api-style.md: an object lacking a key that other objects
 * of its type have (objects at the same path, array indices aside, are one type), a range lacking one of min, max,
 * maxAtLeast, a citation of an id not in {@code sources}, a source nothing cites, and an item citing an id its
 * section already cites as a whole in {@code sectionSources}. Knows nothing of the records that wrote the JSON, so a
 * key a record forgets to write is caught too.
 */
final class GuideVocabulary {

    private static final List<String> RANGE = List.of("min", "max", "maxAtLeast");
    /** Keys whose value is a range wherever they occur; a figure is a range with a caption. */
    private static final Set<String> RANGE_KEYS = Set.of("baseSalary", "phdBaseSalary", "totalCompensation",
            "premiumPercent", "percentOfBase", "years", "increasePercent", "percentiles", "amount");

    private final List<String> problems = new ArrayList<>();
    /** Objects by type (their path with indices replaced by []), each with its own path and keys. */
    private final Map<String, Map<String, Set<String>>> objectsByType = new LinkedHashMap<>();
    /** Every citation outside the sources list, with where it is made. */
    private final Map<String, List<Integer>> citations = new LinkedHashMap<>();

    private GuideVocabulary() {
    }

    /** What breaks the vocabulary, one line each; none for a guide that follows it. */
    static List<String> problems(JsonNode guide) {
        GuideVocabulary check = new GuideVocabulary();
        check.walk(guide, "", "");
        check.sameKeysPerType();
        check.citations(guide);
        return check.problems;
    }

    private void walk(JsonNode node, String path, String type) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", type + "[]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        node.properties().forEach(e -> keys.add(e.getKey()));
        if (!"sectionSources".equals(type)) {
            objectsByType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(path, keys);
        }
        boolean isRange = keys.stream().anyMatch(RANGE::contains) || RANGE_KEYS.contains(lastKey(type));
        if (isRange && !keys.containsAll(RANGE)) {
            problems.add(path + " is a range without " + String.join(", ", RANGE.stream()
                    .filter(k -> !keys.contains(k)).toList()));
        }
        node.properties().forEach(e -> {
            String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            String childType = type.isEmpty() ? e.getKey() : type + "." + e.getKey();
            if ("sources".equals(e.getKey()) && !path.isEmpty() && e.getValue().isArray()) {
                citations.put(childPath, ids(e.getValue()));
            } else if ("sectionSources".equals(type)) {
                citations.put(childPath, ids(e.getValue()));
            }
            walk(e.getValue(), childPath, childType);
        });
    }

    private void sameKeysPerType() {
        objectsByType.forEach((type, objects) -> {
            Set<String> all = new TreeSet<>();
            objects.values().forEach(all::addAll);
            objects.forEach((path, keys) -> all.stream().filter(k -> !keys.contains(k)).forEach(k ->
                    problems.add(path + " lacks " + k + ", which other objects at " + type + " have")));
        });
    }

    private void citations(JsonNode guide) {
        Set<Integer> listed = new TreeSet<>();
        guide.path("sources").forEach(s -> listed.add(s.path("id").asInt()));
        Set<Integer> cited = new TreeSet<>();
        citations.forEach((path, ids) -> ids.forEach(id -> {
            cited.add(id);
            if (!listed.contains(id)) {
                problems.add(path + " cites " + id + ", which is not in sources");
            }
        }));
        listed.stream().filter(id -> !cited.contains(id))
                .forEach(id -> problems.add("source " + id + " is cited nowhere"));
        guide.path("sectionSources").properties().forEach(section -> {
            List<Integer> wholeSection = ids(section.getValue());
            String prefix = section.getKey() + "[";
            citations.forEach((path, ids) -> {
                if (path.startsWith(prefix)) {
                    ids.stream().filter(wholeSection::contains).forEach(id -> problems.add(path + " repeats " + id
                            + ", which sectionSources." + section.getKey() + " cites for the whole section"));
                }
            });
        });
    }

    private static List<Integer> ids(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asInt()));
        return ids;
    }

    private static String lastKey(String type) {
        String key = type.substring(type.lastIndexOf('.') + 1);
        return key.endsWith("[]") ? "" : key;
    }
}
