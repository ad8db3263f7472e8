from typing import Optional
import datetime
import decimal

from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, SMALLINT, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Orders(SQLModel, table=True):
    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    num: int = Field(sa_column=Column('num', INTEGER(11), primary_key=True))
    total: decimal.Decimal = Field(sa_column=Column('total', DECIMAL(12, 2), nullable=False, server_default=text('0.00')))

    order_lines: list['OrderLines'] = Relationship(back_populates='orders')


class Users(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['manager_id'], ['users.id'], ondelete='SET NULL', name='fk_mgr'),
        Index('email', 'email', unique=True),
        Index('fk_mgr', 'manager_id'),
        {'comment': 'People; "quoted" and \'single\''}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(100), nullable=False))
    _2fa: int = Field(sa_column=Column('2fa', TINYINT(1), nullable=False, server_default=text('0')))
    class_: Optional[str] = Field(default=None, sa_column=Column('class', String(20), comment='it\'s a "keyword"\nnew line \\ back'))
    manager_id: Optional[int] = Field(default=None, sa_column=Column('manager_id', INTEGER(11)))
    first_name: Optional[str] = Field(default=None, sa_column=Column('first name', String(30)))

    manager: Optional['Users'] = Relationship(back_populates='manager_reverse', sa_relationship_kwargs={'remote_side': '[Users.id]'})
    manager_reverse: list['Users'] = Relationship(back_populates='manager', sa_relationship_kwargs={'remote_side': '[Users.manager_id]'})
    follower: list['Users'] = Relationship(back_populates='followed', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.followed_id, 'secondaryjoin': lambda: Users.id == t_followers.c.follower_id})
    followed: list['Users'] = Relationship(back_populates='follower', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.follower_id, 'secondaryjoin': lambda: Users.id == t_followers.c.followed_id})
    messages_recipient: list['Messages'] = Relationship(back_populates='recipient', sa_relationship_kwargs={'foreign_keys': '[Messages.recipient_id]'})
    messages_sender: list['Messages'] = Relationship(back_populates='sender', sa_relationship_kwargs={'foreign_keys': '[Messages.sender_id]'})
    profiles: list['Profiles'] = Relationship(back_populates='user')


t_audit_log = Table(
    'audit_log', SQLModel.metadata,
    Column('at', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')),
    Column('actor', INTEGER(11)),
    Column('action', String(40), nullable=False, server_default=text("'noop'")),
    ForeignKeyConstraint(['actor'], ['users.id'], name='fk_actor'),
    Index('actor', 'actor', 'at')
)


t_followers = Table(
    'followers', SQLModel.metadata,
    Column('follower_id', INTEGER(11), primary_key=True),
    Column('followed_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)


class Messages(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['recipient_id'], ['users.id'], name='messages_ibfk_2'),
        ForeignKeyConstraint(['sender_id'], ['users.id'], name='messages_ibfk_1'),
        Index('ix_msg_sent', 'sent_at'),
        Index('recipient_id', 'recipient_id'),
        Index('sender_id', 'sender_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    sender_id: int = Field(sa_column=Column('sender_id', INTEGER(11), nullable=False))
    recipient_id: int = Field(sa_column=Column('recipient_id', INTEGER(11), nullable=False))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    sent_at: datetime.datetime = Field(sa_column=Column('sent_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')))

    recipient: 'Users' = Relationship(back_populates='messages_recipient', sa_relationship_kwargs={'foreign_keys': '[Messages.recipient_id]'})
    sender: 'Users' = Relationship(back_populates='messages_sender', sa_relationship_kwargs={'foreign_keys': '[Messages.sender_id]'})


class OrderLines(SQLModel, table=True):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'num'], ['orders.region', 'orders.num'], onupdate='CASCADE', name='fk_order'),
    )

    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    num: int = Field(sa_column=Column('num', INTEGER(11), primary_key=True))
    line: int = Field(sa_column=Column('line', SMALLINT(6), primary_key=True))
    qty: int = Field(sa_column=Column('qty', INTEGER(10, unsigned=True), nullable=False, server_default=text('1')))

    orders: 'Orders' = Relationship(back_populates='order_lines')


class Profiles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
        Index('user_id', 'user_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    user_id: int = Field(sa_column=Column('user_id', INTEGER(11), nullable=False))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    user: 'Users' = Relationship(back_populates='profiles')
