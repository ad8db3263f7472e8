from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import DateTime, Enum, Index, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DECIMAL, ENUM, FLOAT, INTEGER, LONGTEXT, TINYINT, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class WpOptionsKind(str, enum.Enum):
    A = 'a'
    B_C = "b'c"
    D = 'd'


class WpOptions(Base):
    __tablename__ = 'wp_options'
    __table_args__ = (
        Index('autoload', 'autoload'),
        Index('option_name', 'option_name', unique=True),
        {'comment': 'site options'}
    )

    option_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    option_name: Mapped[str] = mapped_column(String(191), nullable=False, server_default=text("''"))
    option_value: Mapped[str] = mapped_column(LONGTEXT, nullable=False)
    autoload: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'yes'"))
    flag: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    ts: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    ratio: Mapped[Optional[float]] = mapped_column(FLOAT(7, 4))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2, unsigned=True, zerofill=True))
    kind: Mapped[Optional[WpOptionsKind]] = mapped_column(Enum(WpOptionsKind, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'"))
    bits: Mapped[Optional[object]] = mapped_column(BIT(8))
    yr: Mapped[Optional[object]] = mapped_column(YEAR(4))
    pt: Mapped[Optional[object]] = mapped_column(NullType)
    js: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))


class WpPosts(Base):
    __tablename__ = 'wp_posts'
    __table_args__ = (
        Index('ft_content', 'post_title', 'post_content', mysql_prefix='FULLTEXT'),
        Index('post_author', 'post_author'),
        Index('post_name', 'post_name', mysql_length={'post_name': 191}),
        Index('post_parent', 'post_parent'),
        Index('type_status_date', 'post_type', 'post_status', 'post_date', 'ID')
    )

    ID: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    post_author: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False, server_default=text('0'))
    post_date: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'"))
    post_content: Mapped[str] = mapped_column(LONGTEXT, nullable=False)
    post_title: Mapped[str] = mapped_column(Text, nullable=False)
    post_status: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'publish'"))
    comment_status: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'open'"))
    post_name: Mapped[str] = mapped_column(String(200), nullable=False, server_default=text("''"))
    post_modified_gmt: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'"))
    post_parent: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False, server_default=text('0'))
    guid: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("''"))
    menu_order: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    post_type: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'post'"))
    comment_count: Mapped[int] = mapped_column(BIGINT(20), nullable=False, server_default=text('0'))


class WpTermRelationships(Base):
    __tablename__ = 'wp_term_relationships'
    __table_args__ = (
        Index('term_taxonomy_id', 'term_taxonomy_id'),
    )

    object_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, server_default=text('0'))
    term_taxonomy_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, server_default=text('0'))
    term_order: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))


class WpUsermeta(Base):
    __tablename__ = 'wp_usermeta'
    __table_args__ = (
        Index('meta_key', 'meta_key', mysql_length={'meta_key': 191}),
        Index('user_id', 'user_id')
    )

    umeta_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False, server_default=text('0'))
    meta_key: Mapped[Optional[str]] = mapped_column(String(255))
    meta_value: Mapped[Optional[str]] = mapped_column(LONGTEXT)


class WpUsers(Base):
    __tablename__ = 'wp_users'
    __table_args__ = (
        Index('user_email', 'user_email'),
        Index('user_login_key', 'user_login'),
        Index('user_nicename', 'user_nicename')
    )

    ID: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    user_login: Mapped[str] = mapped_column(String(60), nullable=False, server_default=text("''"))
    user_pass: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("''"))
    user_nicename: Mapped[str] = mapped_column(String(50), nullable=False, server_default=text("''"))
    user_email: Mapped[str] = mapped_column(String(100), nullable=False, server_default=text("''"))
    user_url: Mapped[str] = mapped_column(String(100), nullable=False, server_default=text("''"))
    user_registered: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'"))
    user_activation_key: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("''"))
    user_status: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    display_name: Mapped[str] = mapped_column(String(250), nullable=False, server_default=text("''"))
