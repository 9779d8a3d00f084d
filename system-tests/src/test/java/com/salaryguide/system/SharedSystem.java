package com.salaryguide.system;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One running system for every test class of this module: started by the first class that uses this extension,
 * handed to each as a {@link RunningSystem} parameter, and stopped when the whole test run ends (it lives in the
 * root context's store, which closes it). Starting four JVMs takes a while on a 2-core machine, so it is done once.
 * A class that kills a process restarts it before it ends ({@link RunningSystem#restart}).
 */
final class SharedSystem implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSystem.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Path root = RunningSystem.repositoryRoot();
        assumeTrue(RunningSystem.jarsBuilt(root), "executable jars not built; run ./mvnw verify");
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    private static RunningSystem system(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningSystem.class, key -> {
            try {
                return new RunningSystem(RunningSystem.repositoryRoot()).start();
            } catch (Exception ex) {
                throw new IllegalStateException("The system did not start: " + ex.getMessage(), ex);
            }
        }, RunningSystem.class);
    }
}
