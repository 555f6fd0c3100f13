package org.beacon.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Beacon's API speaks JSON only. The Twilio SDK brings Jackson's XML module for TwiML, which would otherwise make
 * Spring MVC answer XML to clients that list XML in their Accept header.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
	}
}
