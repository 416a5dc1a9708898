/**
 * Actors: who takes part in the Japan-South Korea story (countries, people, government bodies, parties, companies,
 * organisations, media, research bodies, groups). {@link org.jkgraph.actors.ActorController} serves
 * {@code /api/actors}: the list, one actor with its offices and memberships, its events, and whom it is connected
 * with. The Cypher is in {@code cypher/queries/actors/}.
 */
package org.jkgraph.actors;
