@org.jspecify.annotations.NullMarked
package nl.werkbrug.referrals.internal;
