package com.salaryguide.wage.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A nullable property whose schema is another component ({@code projectedGrowth}) is generated as
 * {@code {"type": "null", "$ref": ...}}, which only null matches; this rewrites it to "that component or null"
 * ({@code anyOf}), keeping its description.
 */
@Component
class NullableReferences implements OpenApiCustomizer {

    @Override
    @SuppressWarnings("rawtypes") // the model's own property map is raw
    public void customise(OpenAPI api) {
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.replaceAll((name, property) -> isNullableReference(property)
                        ? new JsonSchema().description(property.getDescription()).anyOf(List.of(
                                new JsonSchema().$ref(property.get$ref()), new JsonSchema().typesItem("null")))
                        : property);
            }
        }
    }

    private static boolean isNullableReference(Schema<?> property) {
        return property.get$ref() != null && property.getTypes() != null && property.getTypes().contains("null");
    }
}
