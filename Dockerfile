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
ENV JAVA_TOOL_OPTIONS="-Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
ENTRYPOINT ["java", "-jar", "/app/jk-graph.jar"]
