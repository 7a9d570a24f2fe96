package org.cablearchive.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The files the pages load (style sheets, scripts, htmx from its WebJar), each under a path of its own.
 *
 * <p>Spring Boot's default maps {@code /**} to the static folders ({@code spring.web.resources.add-mappings} is off in
 * application.properties): with the resource chain on (the WebJars locator turns it on), every link a page writes was
 * then looked up in four classpath folders inside the jar before being written as it was, which cost more than the rest
 * of a page of 500 links. With these paths only, a link to a document matches no resource pattern and costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
