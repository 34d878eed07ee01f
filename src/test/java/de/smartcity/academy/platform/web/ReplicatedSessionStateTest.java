package de.smartcity.academy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In a cluster every session and view-scoped bean travels to the other nodes with the session (web.xml is
 * {@code <distributable/>}, view state is kept on the server, so it lives in the session too). This test
 * walks every such bean of the academy and everything its fields can hold, and names each field that could
 * not be serialised: a node failure would otherwise lose the learner's session at the first replication.
 */
class ReplicatedSessionStateTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static List<Class<?>> classes;

    @BeforeAll
    static void loadAcademyClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            classes = files.map(CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ReplicatedSessionStateTest::load)
                    .toList();
        }
    }

    @Test
    void thereAreReplicatedBeansToCheck() {
        assertThat(replicatedBeans()).contains(LanguageSelection.class).hasSizeGreaterThan(10);
    }

    @Test
    void everyFieldOfASessionOrViewScopedBeanCanBeSerialised() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : replicatedBeans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }
        assertThat(problems).isEmpty();
    }

    private List<Class<?>> replicatedBeans() {
        return classes.stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
    }

    private void checkFields(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field.getType(), where, problems);
                } else {
                    checkType(field.getGenericType(), where, seen, problems);
                }
            }
        }
    }

    /** A normal-scoped bean is injected as a client proxy, which serialises as a reference. */
    private void checkInjected(Class<?> type, String where, List<String> problems) {
        boolean proxied = hasNormalScope(type.getAnnotations()) || classes.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Produces.class) && m.getReturnType() == type)
                .map(Method::getAnnotations)
                .anyMatch(ReplicatedSessionStateTest::hasNormalScope);
        if (!proxied && !Serializable.class.isAssignableFrom(type)) {
            problems.add(where + ": injected " + type.getName() + " is neither normal-scoped nor Serializable");
        }
    }

    private void checkType(Type type, String where, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), where + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, where, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, where, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, where, seen, problems);
        }
    }

    private void checkClass(Class<?> c, String where, Set<Type> seen, List<String> problems) {
        if (c.isArray()) {
            checkType(c.getComponentType(), where + "[]", seen, problems);
            return;
        }
        // collection interfaces and Object: what they hold is checked through the type arguments
        if (c.isPrimitive() || c.isInterface() || c == Object.class) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
        } else if (c.getName().startsWith("de.smartcity.academy.")) {
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    checkType(component.getGenericType(), where + "." + component.getName(), seen, problems);
                }
            } else {
                checkFields(c, where, seen, problems);
            }
        }
    }

    private static boolean hasNormalScope(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class)
                || a.annotationType() == ApplicationScoped.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReplicatedSessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
