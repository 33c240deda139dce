@org.jspecify.annotations.NullMarked
package nl.werkbrug.pool.internal;
