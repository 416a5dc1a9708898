package org.jkgraph.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** A CAMEO code or its start: 2 to 4 digits. */
@Pattern(regexp = "[0-9]{2,4}", message = "must be 2 to 4 digits, a CAMEO code or its start")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CameoPrefix {

	String message() default "must be 2 to 4 digits, a CAMEO code or its start";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
