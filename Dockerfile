# Builds the service jar and runs it on a JRE; the database is external here (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY graph-schema graph-schema
COPY seed-data seed-data
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:21-jre
# curl for the compose health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 pilotgraph
WORKDIR /app
COPY --from=build /src/target/pilotgraph-*.jar /app/pilotgraph.jar
USER pilotgraph
EXPOSE 8080
# the Vector API for Lucene's vector similarities (docs/deployment.md)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "--add-modules", "jdk.incubator.vector", "-jar", "/app/pilotgraph.jar"]
