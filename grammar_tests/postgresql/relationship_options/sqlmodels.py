from typing import Optional
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

t_audit_log = Table(
    'audit_log', SQLModel.metadata,
    Column('ts', DateTime, server_default=text('now()')),
    Column('msg', Text)
)


class Orders(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('order_no', 'region', name='orders_pkey'),
    )

    order_no: int = Field(sa_column=Column('order_no', Integer, primary_key=True))
    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))


class People(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('is_admin = ANY (ARRAY[0, 1])', name='people_is_admin_check'),
        CheckConstraint("kind = ANY (ARRAY['a'::text, 'b'::text])", name='people_kind_check'),
        CheckConstraint("status::text = ANY (ARRAY['active'::character varying, 'inactive'::character varying, 'banned'::character varying]::text[])", name='people_status_check'),
        ForeignKeyConstraint(['manager_id'], ['people.id'], ondelete='SET NULL', name='people_manager_id_fkey'),
        PrimaryKeyConstraint('id', name='people_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    status: str = Field(sa_column=Column('status', String(10), nullable=False, server_default=text("'active'::character varying")))
    kind: Optional[str] = Field(default=None, sa_column=Column('kind', Text))
    manager_id: Optional[int] = Field(default=None, sa_column=Column('manager_id', Integer))
    is_admin: Optional[int] = Field(default=None, sa_column=Column('is_admin', SmallInteger))

    people: Optional['People'] = Relationship(sa_relationship_kwargs={'remote_side': '[People.id]'})
    people_: list['People'] = Relationship(sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: People.id == t_followers.c.followed_id, 'secondaryjoin': lambda: People.id == t_followers.c.follower_id})


class Employees(People, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['people.id'], name='employees_id_fkey'),
        PrimaryKeyConstraint('id', name='employees_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    salary: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('salary', Numeric(10, 2)))


t_followers = Table(
    'followers', SQLModel.metadata,
    Column('follower_id', Integer, primary_key=True),
    Column('followed_id', Integer, primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['people.id'], name='followers_followed_id_fkey'),
    ForeignKeyConstraint(['follower_id'], ['people.id'], name='followers_follower_id_fkey'),
    PrimaryKeyConstraint('follower_id', 'followed_id', name='followers_pkey')
)


class Messages(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['recipient_id'], ['people.id'], name='messages_recipient_id_fkey'),
        ForeignKeyConstraint(['sender_id'], ['people.id'], name='messages_sender_id_fkey'),
        PrimaryKeyConstraint('id', name='messages_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    sender_id: int = Field(sa_column=Column('sender_id', Integer, nullable=False))
    recipient_id: int = Field(sa_column=Column('recipient_id', Integer, nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    people: 'People' = Relationship(sa_relationship_kwargs={'foreign_keys': '[Messages.recipient_id]'})
    people_: 'People' = Relationship(sa_relationship_kwargs={'foreign_keys': '[Messages.sender_id]'})


class OrderLines(SQLModel, table=True):
    __tablename__ = 'order_lines'
    __table_args__ = (
        CheckConstraint('qty > 0', name='order_lines_qty_check'),
        ForeignKeyConstraint(['order_no', 'region'], ['orders.order_no', 'orders.region'], onupdate='CASCADE', deferrable=True, initially='DEFERRED', name='fk_order'),
        PrimaryKeyConstraint('id', name='order_lines_pkey'),
        UniqueConstraint('order_no', 'region', 'qty', name='a_very_long_constraint_name_that_goes_on_and_on_and_on_forever_')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    order_no: int = Field(sa_column=Column('order_no', Integer, nullable=False))
    region: str = Field(sa_column=Column('region', CHAR(2), nullable=False))
    qty: int = Field(sa_column=Column('qty', Integer, nullable=False))

    orders: 'Orders' = Relationship()


class Profiles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE', name='profiles_person_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('person_id', name='profiles_person_id_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    person_id: int = Field(sa_column=Column('person_id', Integer, nullable=False))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    people: 'People' = Relationship()


t_tagging = Table(
    'tagging', SQLModel.metadata,
    Column('person_id', Integer),
    Column('tag', Text),
    Column('created', DateTime),
    ForeignKeyConstraint(['person_id'], ['people.id'], name='tagging_person_id_fkey')
)


class User(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['person'], ['people.id'], name='user_person_fkey'),
        ForeignKeyConstraint(['person_id'], ['people.id'], name='user_person_id_fkey'),
        PrimaryKeyConstraint('id', name='user_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    type: Optional[str] = Field(default=None, sa_column=Column('type', Text))
    class_: Optional[int] = Field(default=None, sa_column=Column('class', Integer))
    person: Optional[int] = Field(default=None, sa_column=Column('person', Integer))
    person_id: Optional[int] = Field(default=None, sa_column=Column('person_id', Integer))

    people: Optional['People'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[User.person]'})
    people_: Optional['People'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[User.person_id]'})
