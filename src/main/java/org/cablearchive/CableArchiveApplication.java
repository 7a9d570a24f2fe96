package org.cablearchive;

import java.util.Arrays;
import org.cablearchive.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cable Archive: diplomatic telegrams entered, reviewed, published and read.
 *
 * <p>Without arguments it serves the archive. {@code import PATH...} imports FRUS TEI volumes and exits.
 */
@SpringBootApplication
public class CableArchiveApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CableArchiveApplication.class, args);
    }

    private static int runImport(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CableArchiveApplication.class)
                .web(WebApplicationType.NONE)
                .properties("archive.demo-content=", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
        int code = context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        return SpringApplication.exit(context, () -> code);
    }
}
