# jk-graph as a container: build with the Maven wrapper, run on a JRE.
# docker-compose.yml runs it against the Neo4j image; on its own it starts the embedded Neo4j.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY seeds seeds
RUN ./mvnw -q -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home jkgraph
WORKDIR /app
COPY --from=build /src/target/jk-graph.jar /app/jk-graph.jar
USER jkgraph
EXPOSE 8080
# Inside a container loopback is the container's own: listen on its interface, and publish the port on the host's
# loopback (docker-compose.yml does) or behind a TLS proxy, never in clear text on a network.
ENV SERVER_ADDRESS=0.0.0.0
ENV JAVA_TOOL_OPTIONS="-Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/jk-graph.jar"]
