/**
 * Where a fact or relationship comes from: its sources with locators, how it was made (curated or extracted,
 * with what confidence), when it was loaded, and the ranked claims of sources that disagree. Entry point:
 * {@link ProvenanceLookup}.
 */
package org.jkgraph.provenance;
