package com.salaryguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization directory the way {@code kubectl apply -k} would, for the fields these manifests use, so
 * the tests check what a cluster receives without kubectl: {@code resources} (files and kustomization directories),
 * {@code configMapGenerator} and {@code secretGenerator} (literals, files, env files), {@code patches} (strategic
 * merge, or JSON 6902 with a target by kind, name and label selector), {@code namespace} and {@code images}.
 * A field it does not know fails the rendering instead of being skipped, and so does a patch that matches nothing.
 *
 * <p>Differences from kustomize, none of which the checks depend on: generated names carry no content hash (so
 * references stay as written), and a generator's env file that is missing is read from its committed
 * {@code .example} template (the real production secrets.env is never committed).
 */
final class Kustomization {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "configMapGenerator", "secretGenerator", "patches");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "literals", "files", "envs");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "patch", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name", "labelSelector");
    private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag");

    private Kustomization() {
    }

    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = loadOne(directory.resolve("kustomization.yaml"));
        requireOnly(FIELDS, kustomization, directory + "/kustomization.yaml");
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization, "resources")) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                resources.addAll(loadAll(resource));
            }
        }
        for (Map<String, Object> generator : maps(kustomization, "configMapGenerator")) {
            resources.add(generate("ConfigMap", "data", generator, directory));
        }
        for (Map<String, Object> generator : maps(kustomization, "secretGenerator")) {
            resources.add(generate("Secret", "stringData", generator, directory));
        }
        for (Map<String, Object> patch : maps(kustomization, "patches")) {
            applyPatch(patch, resources, directory);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> resource : resources) {
                if (!"Namespace".equals(resource.get("kind"))) {
                    map(resource, "metadata").put("namespace", namespace);
                }
            }
        }
        for (Map<String, Object> image : maps(kustomization, "images")) {
            requireOnly(IMAGE_FIELDS, image, directory + " images");
            if (setImages(image, resources) == 0) {
                throw new IllegalStateException(directory + ": no container runs image " + image.get("name"));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> resource : resources) {
            if (!ids.add(resource.get("kind") + "/" + name(resource))) {
                throw new IllegalStateException(directory + ": two resources are " + resource.get("kind") + "/"
                        + name(resource));
            }
        }
        return resources;
    }

    private static Map<String, Object> generate(String kind, String dataField, Map<String, Object> generator,
                                                Path directory) {
        requireOnly(GENERATOR_FIELDS, generator, directory + " " + kind + " generator");
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object literal : list(generator, "literals")) {
            putPair(data, (String) literal);
        }
        for (Object file : list(generator, "files")) {
            String entry = (String) file;
            int equals = entry.indexOf('=');
            String path = equals < 0 ? entry : entry.substring(equals + 1);
            String key = equals < 0 ? Path.of(path).getFileName().toString() : entry.substring(0, equals);
            data.put(key, read(directory.resolve(path)));
        }
        for (Object envs : list(generator, "envs")) {
            Path file = directory.resolve((String) envs);
            if (!Files.exists(file)) {
                file = directory.resolve(envs + ".example");
            }
            for (String line : read(file).split("\n")) {
                if (!line.isBlank() && !line.trim().startsWith("#")) {
                    putPair(data, line.trim());
                }
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", generator.get("name"));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "v1");
        resource.put("kind", kind);
        resource.put("metadata", metadata);
        resource.put(dataField, data);
        return resource;
    }

    private static void putPair(Map<String, Object> data, String pair) {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            throw new IllegalStateException("not key=value: " + pair);
        }
        data.put(pair.substring(0, equals), pair.substring(equals + 1));
    }

    private static void applyPatch(Map<String, Object> entry, List<Map<String, Object>> resources, Path directory) {
        requireOnly(PATCH_FIELDS, entry, directory + " patches");
        String text = entry.containsKey("path") ? read(directory.resolve((String) entry.get("path")))
                : (String) entry.get("patch");
        Object patch = new Yaml().load(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) entry.get("target");
        if (target == null) {
            if (!(patch instanceof Map<?, ?> strategic)) {
                throw new IllegalStateException(directory + ": a JSON 6902 patch needs a target");
            }
            target = Map.of("kind", strategic.get("kind"), "name", name(asMap(strategic)));
        }
        requireOnly(TARGET_FIELDS, target, directory + " patch target");
        int matched = 0;
        for (Map<String, Object> resource : resources) {
            if (matches(target, resource)) {
                matched++;
                if (patch instanceof List<?> operations) {
                    for (Object operation : operations) {
                        applyOperation(asMap(operation), resource);
                    }
                } else {
                    Map<String, Object> strategic = deepCopy(asMap(patch));
                    // the patch's own name and kind select; they are not merged into a differently named target
                    strategic.remove("metadata");
                    strategic.remove("kind");
                    strategic.remove("apiVersion");
                    merge(resource, strategic);
                }
            }
        }
        if (matched == 0) {
            throw new IllegalStateException(directory + ": patch " + entry + " matches no resource");
        }
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> resource) {
        if (target.containsKey("kind") && !String.valueOf(resource.get("kind")).matches((String) target.get("kind"))) {
            return false;
        }
        if (target.containsKey("name") && !name(resource).matches((String) target.get("name"))) {
            return false;
        }
        if (target.containsKey("labelSelector")) {
            Object labels = map(resource, "metadata").get("labels");
            for (String requirement : ((String) target.get("labelSelector")).split(",")) {
                String[] pair = requirement.split("=", 2);
                if (!(labels instanceof Map<?, ?> present) || !pair[1].trim().equals(present.get(pair[0].trim()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One JSON 6902 operation: add, replace (only what exists) or remove. */
    @SuppressWarnings("unchecked")
    private static void applyOperation(Map<String, Object> operation, Map<String, Object> resource) {
        String op = (String) operation.get("op");
        String[] tokens = ((String) operation.get("path")).substring(1).split("/");
        Object parent = resource;
        for (int i = 0; i < tokens.length - 1; i++) {
            parent = child(parent, unescape(tokens[i]), operation);
        }
        String last = unescape(tokens[tokens.length - 1]);
        Object value = deepCopyValue(operation.get("value"));
        if (parent instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            if (!op.equals("add") && !fields.containsKey(last)) {
                throw new IllegalStateException(op + " of a missing field: " + operation + " on " + name(resource));
            }
            switch (op) {
                case "add", "replace" -> fields.put(last, value);
                case "remove" -> fields.remove(last);
                default -> throw new IllegalStateException("unsupported operation " + operation);
            }
        } else if (parent instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            int index = last.equals("-") ? items.size() : Integer.parseInt(last);
            switch (op) {
                case "add" -> items.add(index, value);
                case "replace" -> items.set(index, value);
                case "remove" -> items.remove(index);
                default -> throw new IllegalStateException("unsupported operation " + operation);
            }
        } else {
            throw new IllegalStateException("no such path: " + operation + " on " + name(resource));
        }
    }

    private static Object child(Object node, String token, Map<String, Object> operation) {
        Object child = node instanceof Map<?, ?> map ? map.get(token)
                : node instanceof List<?> list && token.matches("\\d+") && Integer.parseInt(token) < list.size()
                        ? list.get(Integer.parseInt(token)) : null;
        if (child == null) {
            throw new IllegalStateException("no such path: " + operation);
        }
        return child;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Strategic merge as kustomize does it for these objects: maps merge key by key, a null removes a key, lists of
     * named items (containers, env, ports, volumes) merge item by item on their name, any other list is replaced.
     */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map<?, ?> patchMap && current instanceof Map<?, ?> currentMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) patchMap);
            } else if (value instanceof List<?> patchList && current instanceof List<?> currentList
                    && named(patchList) && named(currentList)) {
                for (Object item : patchList) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    Map<String, Object> existing = ((List<Map<String, Object>>) currentList).stream()
                            .filter(candidate -> patchItem.get("name").equals(candidate.get("name")))
                            .findFirst().orElse(null);
                    if (existing == null) {
                        ((List<Object>) currentList).add(deepCopy(patchItem));
                    } else {
                        merge(existing, patchItem);
                    }
                }
            } else {
                target.put(key, deepCopyValue(value));
            }
        });
    }

    private static boolean named(List<?> list) {
        return list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    /** Sets newName/newTag on every container whose image, without its tag, is the entry's name. */
    @SuppressWarnings("unchecked")
    private static int setImages(Map<String, Object> image, Object node) {
        int changed = 0;
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            if (fields.get("image") instanceof String reference && fields.containsKey("name")) {
                int slash = reference.lastIndexOf('/');
                int colon = reference.lastIndexOf(':');
                String repository = colon > slash ? reference.substring(0, colon) : reference;
                String tag = colon > slash ? reference.substring(colon + 1) : null;
                if (repository.equals(image.get("name"))) {
                    String newName = (String) image.getOrDefault("newName", repository);
                    Object newTag = image.getOrDefault("newTag", tag);
                    fields.put("image", newTag == null ? newName : newName + ":" + newTag);
                    changed++;
                }
            }
            for (Object value : fields.values()) {
                changed += setImages(image, value);
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                changed += setImages(image, item);
            }
        }
        return changed;
    }

    static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add(asMap(document));
            }
        }
        return documents;
    }

    private static Map<String, Object> loadOne(Path file) {
        return asMap(new Yaml().load(read(file)));
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(map(resource, "metadata").get("name"));
    }

    private static void requireOnly(Set<String> known, Map<String, Object> fields, String where) {
        for (String field : fields.keySet()) {
            if (!known.contains(field)) {
                throw new IllegalStateException(where + ": field '" + field + "' is not rendered by these tests;"
                        + " teach Kustomization to apply it");
            }
        }
    }

    private static List<?> list(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<Map<String, Object>> maps(Map<String, Object> fields, String key) {
        return list(fields, key).stream().map(Kustomization::asMap).toList();
    }

    private static Map<String, Object> map(Map<String, Object> fields, String key) {
        return asMap(fields.computeIfAbsent(key, ignored -> new LinkedHashMap<String, Object>()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        return asMap(deepCopyValue(map));
    }

    private static Object deepCopyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), deepCopyValue(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopyValue(item)));
            return copy;
        }
        return value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
