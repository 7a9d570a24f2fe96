package org.cablearchive.testing;

import java.lang.reflect.Proxy;

/**
 * A stand-in for one of the archive's own interfaces that a slice test's controller needs but the requests under test
 * must never use: any call fails the request (and so the test), saying which method was called. It proves, for
 * example, that reading a text without saving it does not reach the catalog at all.
 */
public final class Untouched {

    private Untouched() {
    }

    public static <T> T of(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString":
                    return "untouched " + type.getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new AssertionError(type.getSimpleName() + "." + method.getName() + " was called, and must not be");
            }
        }));
    }
}
