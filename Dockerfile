# Build stage: the full JDK and Maven, with dependencies cached in their own layer.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY db db
COPY checklists checklists
COPY src src
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, as an unprivileged user; the database lives on the /data volume.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data punchlist \
    && mkdir -p /data/tmp && chown -R punchlist /data
COPY --from=build /src/target/punchlist.jar /opt/punchlist/punchlist.jar
USER punchlist
VOLUME /data
EXPOSE 7070
ENV PUNCHLIST_DB=/data/punchlist.db \
    PUNCHLIST_BIND=0.0.0.0 \
    PUNCHLIST_PORT=7070 \
    JAVA_TOOL_OPTIONS=-Xmx512m
# 512 MiB of heap: reading a report at the 5 MB limit needs it; serving alone keeps about 90 MiB live
# (BENCHMARKS.md, "Mixed load"). Without a bound the JVM takes a quarter of the host's memory and grew
# to over 1 GiB under load. Override with -e JAVA_TOOL_OPTIONS=-Xmx1g.
# sqlite-jdbc unpacks its native library into a temp folder: keep it on the writable volume so the
# root filesystem can be mounted read-only.
ENTRYPOINT ["java", "-Djava.io.tmpdir=/data/tmp", "-Dorg.sqlite.tmpdir=/data/tmp", "-jar", "/opt/punchlist/punchlist.jar"]
CMD ["serve"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
    CMD curl -fsS http://127.0.0.1:7070/health || exit 1
