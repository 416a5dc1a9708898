package org.jkgraph.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Min;

/** A page number of a paged list: 0 or more. */
@Min(value = 0, message = "must be 0 or more")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageNumber {

	String message() default "must be 0 or more";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
