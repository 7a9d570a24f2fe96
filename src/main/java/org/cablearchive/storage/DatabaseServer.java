package org.cablearchive.storage;

/** What the app knows of its own database server: nothing for an outside one, the supervisor's view for the embedded one. */
public interface DatabaseServer {

    /** The server is known to be down (its process died) and is being started again: no use waiting for a connection. */
    boolean isDown();

    /** Starting the server again has kept failing: the application cannot recover by itself and should be restarted. */
    boolean hasGivenUp();

    /** How many times the server was started again since the application started. */
    int restarts();

    /** A request could not reach the server: check now whether it died (nothing to do for an outside server). */
    default void suspectDown() {
    }

    /** An outside server: the app cannot see it die, the connection pool finds out and recovers when it returns. */
    DatabaseServer OUTSIDE = new DatabaseServer() {
        @Override
        public boolean isDown() {
            return false;
        }

        @Override
        public boolean hasGivenUp() {
            return false;
        }

        @Override
        public int restarts() {
            return 0;
        }
    };
}
