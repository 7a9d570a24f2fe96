package org.cablearchive.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one configuration of the full tests: the whole application on the run's PostgreSQL ({@link TestDatabase}),
 * served on a random port (for the tests that speak real HTTP or drive a browser) and with {@code MockMvc} (for the
 * others). Spring caches an application context by its configuration, so every class annotated so shares one
 * context, its search index and its imported volumes, instead of starting one per variant. A class that truly needs
 * a context of its own adds its properties ({@code @TestPropertySource}) and says why; a test of one controller, one
 * repository or one module takes a slice instead ({@code @WebMvcTest}, {@code @DataJpaTest},
 * {@code @ApplicationModuleTest}). Besides the application's beans it holds a second format of volumes, made up for the
 * tests ({@link CableBundles}), so that every full test runs with more than one {@code VolumeReader}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(CableBundles.class)
public @interface ArchiveTest {
}
