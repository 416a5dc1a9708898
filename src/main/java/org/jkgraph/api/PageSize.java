package org.jkgraph.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The size of a page of a paged list: 1 to {@value Paging#MAX_SIZE}. */
@Min(value = 1, message = "must be between 1 and " + Paging.MAX_SIZE)
@Max(value = Paging.MAX_SIZE, message = "must be between 1 and " + Paging.MAX_SIZE)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageSize {

	String message() default "must be between 1 and " + Paging.MAX_SIZE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
