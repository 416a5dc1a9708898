package org.jkgraph.api;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a read that names a query parameter its endpoint does not take, with a 400 naming it: a misspelt or
 * unsupported filter ({@code ?plover=SANCTION} where there is no such filter) must not give an unfiltered answer
 * that looks filtered. The parameters an endpoint takes are read once from its handler method: its
 * {@code @RequestParam}s and the components of its request record.
 */
final class KnownParameters implements HandlerInterceptor {

	private static final ParameterNameDiscoverer DISCOVERER = new DefaultParameterNameDiscoverer();

	private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> names = known.computeIfAbsent(method.getMethod(), m -> names(method));
		for (String name : request.getParameterMap().keySet()) {
			if (!names.contains(name)) {
				throw new BadParameterException(name, "Unknown parameter '" + name + "'; "
						+ (names.isEmpty() ? "this endpoint takes none" : "this endpoint takes " + String.join(", ", names)));
			}
		}
		return true;
	}

	private static Set<String> names(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(DISCOVERER);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = StringUtils.hasText(requestParam.name()) ? requestParam.name() : parameter.getParameterName();
				names.add(name);
			}
			else if (!parameter.hasParameterAnnotation(PathVariable.class)
					&& !parameter.hasParameterAnnotation(RequestHeader.class)
					&& !BeanUtils.isSimpleProperty(parameter.getParameterType())) {
				names.addAll(bound(parameter.getParameterType()));
			}
		}
		return Collections.unmodifiableSet(names);
	}

	/** What data binding fills in a request object: a record's components, or a bean's writable properties. */
	private static Set<String> bound(Class<?> type) {
		Set<String> names = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
		}
		else {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					names.add(property.getName());
				}
			}
		}
		return names;
	}

}
