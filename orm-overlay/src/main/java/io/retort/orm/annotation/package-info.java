/**
 * The mapping annotations of the ORM: {@link io.retort.orm.annotation.Entity} on a class or record,
 * {@link io.retort.orm.annotation.Id}, {@link io.retort.orm.annotation.Column},
 * {@link io.retort.orm.annotation.GeneratedValue}, {@link io.retort.orm.annotation.Version}, and the
 * relationships {@link io.retort.orm.annotation.ManyToOne}, {@link io.retort.orm.annotation.OneToMany} and
 * {@link io.retort.orm.annotation.ManyToMany}.
 *
 * <pre>{@code
 * @Entity(table = "address")
 * public class Address {
 *     @Id @GeneratedValue Long id;
 *     String emailAddress;
 *     @ManyToOne @JoinColumn(name = "user_id", nullable = false) User user;
 * }
 * }</pre>
 */
package io.retort.orm.annotation;
