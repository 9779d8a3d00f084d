package com.salaryguide.upload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link Uploads} for a process that names an upload directory (the importing services), with the files a killed
 * earlier process left there deleted before the first upload is taken.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "salaryguide.oews", name = "upload-dir")
@EnableConfigurationProperties(UploadProperties.class)
public class UploadAutoConfiguration {

    @Bean
    Uploads uploads(UploadProperties properties) {
        Uploads uploads = new Uploads(properties.uploadDir());
        uploads.removeLeftovers();
        return uploads;
    }
}
