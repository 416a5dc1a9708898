package org.jkgraph.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** A Goldstein score: -10 (conflict) to +10 (cooperation). */
@DecimalMin(value = "-10", message = "must be between -10 and 10")
@DecimalMax(value = "10", message = "must be between -10 and 10")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Goldstein {

	String message() default "must be between -10 and 10";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
