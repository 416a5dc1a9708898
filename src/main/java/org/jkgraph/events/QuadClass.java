package org.jkgraph.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A CAMEO QuadClass: 1 to 4 (on the elements of a list of them). */
@Min(value = 1, message = "must be between 1 and 4")
@Max(value = 4, message = "must be between 1 and 4")
@Constraint(validatedBy = {})
@Target(ElementType.TYPE_USE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QuadClass {

	String message() default "must be between 1 and 4";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
