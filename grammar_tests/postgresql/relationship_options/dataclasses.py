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


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('order_no', 'region', name='orders_pkey'),
    )

    order_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)


class People(Base):
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

    people: Mapped[Optional['People']] = relationship('People', remote_side=[id])
    people_: Mapped[list['People']] = relationship('People', secondary='followers', primaryjoin=lambda: People.id == t_followers.c.followed_id, secondaryjoin=lambda: People.id == t_followers.c.follower_id)


t_v_people = Table(
    'v_people', Base.metadata,
    Column('id', Integer),
    Column('person_name', String(100)),
    Column('n', BigInteger),
    Column('shout', Text)
)


class Employees(People):
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


class Messages(Base):
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

    people: Mapped['People'] = relationship('People', foreign_keys=[recipient_id])
    people_: Mapped['People'] = relationship('People', foreign_keys=[sender_id])


class OrderLines(Base):
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

    orders: Mapped['Orders'] = relationship('Orders')


class Profiles(Base):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE', name='profiles_person_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('person_id', name='profiles_person_id_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(Integer, nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    people: Mapped['People'] = relationship('People')


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

    people: Mapped[Optional['People']] = relationship('People', foreign_keys=[person])
    people_: Mapped[Optional['People']] = relationship('People', foreign_keys=[person_id])
