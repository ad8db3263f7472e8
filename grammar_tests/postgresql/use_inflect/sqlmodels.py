from typing import Optional
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

t_audit_log = Table(
    'audit_log', SQLModel.metadata,
    Column('ts', DateTime, server_default=text('now()')),
    Column('msg', Text)
)


class Category(SQLModel, table=True):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='categories_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    parent: Optional['Category'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Category.id]'})
    parent_reverse: list['Category'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Category.parent_id]'})


class Order(SQLModel, table=True):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('order_no', 'region', name='orders_pkey'),
    )

    order_no: int = Field(sa_column=Column('order_no', Integer, primary_key=True))
    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))

    order_lines: list['OrderLine'] = Relationship(back_populates='order')


class Person(SQLModel, table=True):
    __tablename__ = 'people'
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

    manager: Optional['Person'] = Relationship(back_populates='manager_reverse', sa_relationship_kwargs={'remote_side': '[Person.id]'})
    manager_reverse: list['Person'] = Relationship(back_populates='manager', sa_relationship_kwargs={'remote_side': '[Person.manager_id]'})
    followers: list['Person'] = Relationship(back_populates='followeds', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Person.id == t_followers.c.followed_id, 'secondaryjoin': lambda: Person.id == t_followers.c.follower_id})
    followeds: list['Person'] = Relationship(back_populates='followers', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Person.id == t_followers.c.follower_id, 'secondaryjoin': lambda: Person.id == t_followers.c.followed_id})
    addresses: list['Address'] = Relationship(back_populates='person')
    messages_recipients: list['Message'] = Relationship(back_populates='recipient', sa_relationship_kwargs={'foreign_keys': '[Message.recipient_id]'})
    messages_senders: list['Message'] = Relationship(back_populates='sender', sa_relationship_kwargs={'foreign_keys': '[Message.sender_id]'})
    profile: 'Profile' = Relationship(back_populates='person', sa_relationship_kwargs={'uselist': False})
    user_people: list['User'] = Relationship(back_populates='person_', sa_relationship_kwargs={'foreign_keys': '[User.person]'})
    user_people_: list['User'] = Relationship(back_populates='person1', sa_relationship_kwargs={'foreign_keys': '[User.person_id]'})


class Status(SQLModel, table=True):
    __tablename__ = 'statuses'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='statuses_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))

    analyses: list['Analyse'] = Relationship(back_populates='status')


class Address(SQLModel, table=True):
    __tablename__ = 'addresses'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], name='addresses_person_id_fkey'),
        PrimaryKeyConstraint('id', name='addresses_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    person_id: Optional[int] = Field(default=None, sa_column=Column('person_id', Integer))

    person: Optional['Person'] = Relationship(back_populates='addresses')


class Analyse(SQLModel, table=True):
    __tablename__ = 'analyses'
    __table_args__ = (
        ForeignKeyConstraint(['status_id'], ['statuses.id'], name='analyses_status_id_fkey'),
        PrimaryKeyConstraint('id', name='analyses_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    status_id: Optional[int] = Field(default=None, sa_column=Column('status_id', Integer))

    status: Optional['Status'] = Relationship(back_populates='analyses')


class Employee(Person, table=True):
    __tablename__ = 'employees'
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


class Message(SQLModel, table=True):
    __tablename__ = 'messages'
    __table_args__ = (
        ForeignKeyConstraint(['recipient_id'], ['people.id'], name='messages_recipient_id_fkey'),
        ForeignKeyConstraint(['sender_id'], ['people.id'], name='messages_sender_id_fkey'),
        PrimaryKeyConstraint('id', name='messages_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    sender_id: int = Field(sa_column=Column('sender_id', Integer, nullable=False))
    recipient_id: int = Field(sa_column=Column('recipient_id', Integer, nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    recipient: 'Person' = Relationship(back_populates='messages_recipients', sa_relationship_kwargs={'foreign_keys': '[Message.recipient_id]'})
    sender: 'Person' = Relationship(back_populates='messages_senders', sa_relationship_kwargs={'foreign_keys': '[Message.sender_id]'})


class OrderLine(SQLModel, table=True):
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

    order: 'Order' = Relationship(back_populates='order_lines')


class Profile(SQLModel, table=True):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE', name='profiles_person_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('person_id', name='profiles_person_id_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    person_id: int = Field(sa_column=Column('person_id', Integer, nullable=False))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    person: 'Person' = Relationship(back_populates='profile')


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

    person_: Optional['Person'] = Relationship(back_populates='user_people', sa_relationship_kwargs={'foreign_keys': '[User.person]'})
    person1: Optional['Person'] = Relationship(back_populates='user_people_', sa_relationship_kwargs={'foreign_keys': '[User.person_id]'})
