package org.jkgraph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages of jk-graph depend on each other in one direction only: no cycles between feature packages, the
 * model depends on no other package of jk-graph, and the tools (benchmark, generator, baseline) depend on the
 * service, never the reverse.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.jkgraph");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.jkgraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theModelDependsOnNothingElseOfJkGraph() {
		noClasses().that().resideInAPackage("org.jkgraph.model..")
			.should().dependOnClassesThat().resideInAPackage("org.jkgraph..")
			.andShould().dependOnClassesThat().resideOutsideOfPackages("org.jkgraph.model..", "java..", "tools.jackson..")
			.because("the model is the one declaration everything else derives from");
		noClasses().that().resideInAPackage("org.jkgraph.model..")
			.should().dependOnClassesThat().resideInAnyPackage("org.jkgraph.facts..", "org.jkgraph.load..",
					"org.jkgraph.export..", "org.jkgraph.graph..", "org.jkgraph.api..", "org.jkgraph.command..")
			.check(CLASSES);
	}

	@Test
	void theServiceDoesNotDependOnTheTools() {
		noClasses().that().resideOutsideOfPackages("org.jkgraph.bench..", "org.jkgraph.synthetic..")
			.should().dependOnClassesThat().resideInAnyPackage("org.jkgraph.bench..", "org.jkgraph.synthetic..")
			.check(CLASSES);
	}

}
