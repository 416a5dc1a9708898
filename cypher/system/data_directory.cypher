// Where the server keeps its databases: tells a command which store the service on a port is serving.
SHOW SETTINGS YIELD name, value
WHERE name = 'server.directories.data'
RETURN value AS directory
