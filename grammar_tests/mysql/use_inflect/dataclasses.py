from typing import Optional
import datetime
import decimal

from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = 'orders'

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    num: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))

    order_lines: Mapped[list['OrderLine']] = relationship('OrderLine', back_populates='order')


t_user_names = Table(
    'user_names', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(30)),
    Column('class', String(20))
)


class User(Base):
    __tablename__ = 'users'
    __table_args__ = (
        ForeignKeyConstraint(['manager_id'], ['users.id'], ondelete='SET NULL', name='fk_mgr'),
        Index('email', 'email', unique=True),
        Index('fk_mgr', 'manager_id'),
        {'comment': 'People; "quoted" and \'single\''}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(100), nullable=False)
    _2fa: Mapped[int] = mapped_column('2fa', TINYINT(1), nullable=False, server_default=text('0'))
    class_: Mapped[Optional[str]] = mapped_column('class', String(20), comment='it\'s a "keyword"\nnew line \\ back')
    manager_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    first_name: Mapped[Optional[str]] = mapped_column('first name', String(30))

    manager: Mapped[Optional['User']] = relationship('User', remote_side=[id], back_populates='manager_reverse')
    manager_reverse: Mapped[list['User']] = relationship('User', remote_side=[manager_id], back_populates='manager')
    followers: Mapped[list['User']] = relationship('User', secondary='followers', primaryjoin=lambda: User.id == t_followers.c.followed_id, secondaryjoin=lambda: User.id == t_followers.c.follower_id, back_populates='followeds')
    followeds: Mapped[list['User']] = relationship('User', secondary='followers', primaryjoin=lambda: User.id == t_followers.c.follower_id, secondaryjoin=lambda: User.id == t_followers.c.followed_id, back_populates='followers')
    messages_recipients: Mapped[list['Message']] = relationship('Message', foreign_keys='[Message.recipient_id]', back_populates='recipient')
    messages_senders: Mapped[list['Message']] = relationship('Message', foreign_keys='[Message.sender_id]', back_populates='sender')
    profiles: Mapped[list['Profile']] = relationship('Profile', back_populates='user')


t_audit_log = Table(
    'audit_log', Base.metadata,
    Column('at', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')),
    Column('actor', INTEGER(11)),
    Column('action', String(40), nullable=False, server_default=text("'noop'")),
    ForeignKeyConstraint(['actor'], ['users.id'], name='fk_actor'),
    Index('actor', 'actor', 'at')
)


t_followers = Table(
    'followers', Base.metadata,
    Column('follower_id', INTEGER(11), primary_key=True),
    Column('followed_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)


class Message(Base):
    __tablename__ = 'messages'
    __table_args__ = (
        ForeignKeyConstraint(['recipient_id'], ['users.id'], name='messages_ibfk_2'),
        ForeignKeyConstraint(['sender_id'], ['users.id'], name='messages_ibfk_1'),
        Index('ix_msg_sent', 'sent_at'),
        Index('recipient_id', 'recipient_id'),
        Index('sender_id', 'sender_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    sender_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    recipient_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    sent_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    recipient: Mapped['User'] = relationship('User', foreign_keys=[recipient_id], back_populates='messages_recipients')
    sender: Mapped['User'] = relationship('User', foreign_keys=[sender_id], back_populates='messages_senders')


class OrderLine(Base):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'num'], ['orders.region', 'orders.num'], onupdate='CASCADE', name='fk_order'),
    )

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    num: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    line: Mapped[int] = mapped_column(SMALLINT(6), primary_key=True)
    qty: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False, server_default=text('1'))

    order: Mapped['Order'] = relationship('Order', back_populates='order_lines')


class Profile(Base):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
        Index('user_id', 'user_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped['User'] = relationship('User', back_populates='profiles')
