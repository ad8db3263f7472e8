from typing import Optional
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_audit_log = Table(
    'audit_log', Base.metadata,
    Column('ts', DateTime, server_default=text('now()')),
    Column('msg', Text)
)


class Category(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='categories_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text)

    parent: Mapped[Optional['Category']] = relationship('Category', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Category']] = relationship('Category', remote_side=[parent_id], back_populates='parent')


class Order(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('order_no', 'region', name='orders_pkey'),
    )

    order_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)

    order_lines: Mapped[list['OrderLine']] = relationship('OrderLine', back_populates='order')


class Person(Base):
    __tablename__ = 'people'
    __table_args__ = (
        CheckConstraint('is_admin = ANY (ARRAY[0, 1])', name='people_is_admin_check'),
        CheckConstraint("kind = ANY (ARRAY['a'::text, 'b'::text])", name='people_kind_check'),
        CheckConstraint("status::text = ANY (ARRAY['active'::character varying, 'inactive'::character varying, 'banned'::character varying]::text[])", name='people_status_check'),
        ForeignKeyConstraint(['manager_id'], ['people.id'], ondelete='SET NULL', name='people_manager_id_fkey'),
        PrimaryKeyConstraint('id', name='people_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default=text("'active'::character varying"))
    kind: Mapped[Optional[str]] = mapped_column(Text)
    manager_id: Mapped[Optional[int]] = mapped_column(Integer)
    is_admin: Mapped[Optional[int]] = mapped_column(SmallInteger)

    manager: Mapped[Optional['Person']] = relationship('Person', remote_side=[id], back_populates='manager_reverse')
    manager_reverse: Mapped[list['Person']] = relationship('Person', remote_side=[manager_id], back_populates='manager')
    followers: Mapped[list['Person']] = relationship('Person', secondary='followers', primaryjoin=lambda: Person.id == t_followers.c.followed_id, secondaryjoin=lambda: Person.id == t_followers.c.follower_id, back_populates='followeds')
    followeds: Mapped[list['Person']] = relationship('Person', secondary='followers', primaryjoin=lambda: Person.id == t_followers.c.follower_id, secondaryjoin=lambda: Person.id == t_followers.c.followed_id, back_populates='followers')
    addresses: Mapped[list['Address']] = relationship('Address', back_populates='person')
    messages_recipients: Mapped[list['Message']] = relationship('Message', foreign_keys='[Message.recipient_id]', back_populates='recipient')
    messages_senders: Mapped[list['Message']] = relationship('Message', foreign_keys='[Message.sender_id]', back_populates='sender')
    profile: Mapped['Profile'] = relationship('Profile', uselist=False, back_populates='person')
    user_people: Mapped[list['User']] = relationship('User', foreign_keys='[User.person]', back_populates='person_')
    user_people_: Mapped[list['User']] = relationship('User', foreign_keys='[User.person_id]', back_populates='person1')


class Status(Base):
    __tablename__ = 'statuses'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='statuses_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    label: Mapped[Optional[str]] = mapped_column(Text)

    analyses: Mapped[list['Analyse']] = relationship('Analyse', back_populates='status')


t_v_people = Table(
    'v_people', Base.metadata,
    Column('id', Integer),
    Column('person_name', String(100)),
    Column('n', BigInteger),
    Column('shout', Text)
)


class Address(Base):
    __tablename__ = 'addresses'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], name='addresses_person_id_fkey'),
        PrimaryKeyConstraint('id', name='addresses_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[Optional[int]] = mapped_column(Integer)

    person: Mapped[Optional['Person']] = relationship('Person', back_populates='addresses')


class Analyse(Base):
    __tablename__ = 'analyses'
    __table_args__ = (
        ForeignKeyConstraint(['status_id'], ['statuses.id'], name='analyses_status_id_fkey'),
        PrimaryKeyConstraint('id', name='analyses_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    status_id: Mapped[Optional[int]] = mapped_column(Integer)

    status: Mapped[Optional['Status']] = relationship('Status', back_populates='analyses')


class Employee(Person):
    __tablename__ = 'employees'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['people.id'], name='employees_id_fkey'),
        PrimaryKeyConstraint('id', name='employees_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    salary: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))


t_followers = Table(
    'followers', Base.metadata,
    Column('follower_id', Integer, primary_key=True),
    Column('followed_id', Integer, primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['people.id'], name='followers_followed_id_fkey'),
    ForeignKeyConstraint(['follower_id'], ['people.id'], name='followers_follower_id_fkey'),
    PrimaryKeyConstraint('follower_id', 'followed_id', name='followers_pkey')
)


class Message(Base):
    __tablename__ = 'messages'
    __table_args__ = (
        ForeignKeyConstraint(['recipient_id'], ['people.id'], name='messages_recipient_id_fkey'),
        ForeignKeyConstraint(['sender_id'], ['people.id'], name='messages_sender_id_fkey'),
        PrimaryKeyConstraint('id', name='messages_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    sender_id: Mapped[int] = mapped_column(Integer, nullable=False)
    recipient_id: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)

    recipient: Mapped['Person'] = relationship('Person', foreign_keys=[recipient_id], back_populates='messages_recipients')
    sender: Mapped['Person'] = relationship('Person', foreign_keys=[sender_id], back_populates='messages_senders')


class OrderLine(Base):
    __tablename__ = 'order_lines'
    __table_args__ = (
        CheckConstraint('qty > 0', name='order_lines_qty_check'),
        ForeignKeyConstraint(['order_no', 'region'], ['orders.order_no', 'orders.region'], onupdate='CASCADE', deferrable=True, initially='DEFERRED', name='fk_order'),
        PrimaryKeyConstraint('id', name='order_lines_pkey'),
        UniqueConstraint('order_no', 'region', 'qty', name='a_very_long_constraint_name_that_goes_on_and_on_and_on_forever_')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_no: Mapped[int] = mapped_column(Integer, nullable=False)
    region: Mapped[str] = mapped_column(CHAR(2), nullable=False)
    qty: Mapped[int] = mapped_column(Integer, nullable=False)

    order: Mapped['Order'] = relationship('Order', back_populates='order_lines')


class Profile(Base):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE', name='profiles_person_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('person_id', name='profiles_person_id_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(Integer, nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    person: Mapped['Person'] = relationship('Person', back_populates='profile')


t_tagging = Table(
    'tagging', Base.metadata,
    Column('person_id', Integer),
    Column('tag', Text),
    Column('created', DateTime),
    ForeignKeyConstraint(['person_id'], ['people.id'], name='tagging_person_id_fkey')
)


class User(Base):
    __tablename__ = 'user'
    __table_args__ = (
        ForeignKeyConstraint(['person'], ['people.id'], name='user_person_fkey'),
        ForeignKeyConstraint(['person_id'], ['people.id'], name='user_person_id_fkey'),
        PrimaryKeyConstraint('id', name='user_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[Optional[str]] = mapped_column(Text)
    class_: Mapped[Optional[int]] = mapped_column('class', Integer)
    person: Mapped[Optional[int]] = mapped_column(Integer)
    person_id: Mapped[Optional[int]] = mapped_column(Integer)

    person_: Mapped[Optional['Person']] = relationship('Person', foreign_keys=[person], back_populates='user_people')
    person1: Mapped[Optional['Person']] = relationship('Person', foreign_keys=[person_id], back_populates='user_people_')
