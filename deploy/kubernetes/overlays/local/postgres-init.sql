-- One database and one owner role per service; each service migrates its own schema with Flyway.
CREATE ROLE wage LOGIN PASSWORD 'wage';
CREATE DATABASE wage OWNER wage;
CREATE ROLE geography LOGIN PASSWORD 'geography';
CREATE DATABASE geography OWNER geography;
CREATE ROLE advice LOGIN PASSWORD 'advice';
CREATE DATABASE advice OWNER advice;
