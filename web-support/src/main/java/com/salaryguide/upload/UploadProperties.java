package com.salaryguide.upload;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * salaryguide.oews.upload-dir: the directory uploads are streamed to. The only uploads are the BLS OEWS files the
 * importers take, hence the importers' prefix; each service sets its own directory in its application.yml.
 */
@ConfigurationProperties("salaryguide.oews")
public record UploadProperties(Path uploadDir) {
}
