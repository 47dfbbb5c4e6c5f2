# The Dateline image: the `dateline` CLI (serve, publish, topics, lag, …) with the sample articles.
# Built by docker-compose.yml; `docker build -t dateline .` works on its own too.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY schemas/pom.xml schemas/
COPY extraction/pom.xml extraction/
COPY reader/pom.xml reader/
COPY kafka-local/pom.xml kafka-local/
COPY producer/pom.xml producer/
COPY streams-app/pom.xml streams-app/
COPY cli/pom.xml cli/
COPY bench/pom.xml bench/
# dependencies first, so that a source change does not download them again
RUN ./mvnw -B -q -pl cli -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -pl cli -am package -DskipTests -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app dateline
WORKDIR /app
COPY --from=build /src/cli/target/lib/ lib/
COPY --from=build /src/cli/target/dateline-cli-0.1.0-SNAPSHOT.jar dateline.jar
COPY --from=build /src/samples/ samples/
USER dateline
ENV DATELINE_STATE_DIR=/app/state
EXPOSE 7070
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Ddateline.home=/app/.dateline", "-jar", "/app/dateline.jar"]
CMD ["serve"]
