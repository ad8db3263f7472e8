import enum

from sqlalchemy import Column, DateTime, Enum, Index, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DECIMAL, ENUM, FLOAT, INTEGER, LONGTEXT, TINYINT, YEAR
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class WpOptionsKind(str, enum.Enum):
    A = 'a'
    B_C = "b'c"
    D = 'd'


t_wp_options = Table(
    'wp_options', metadata,
    Column('option_id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('option_name', String(191), nullable=False, server_default=text("''")),
    Column('option_value', LONGTEXT, nullable=False),
    Column('autoload', String(20), nullable=False, server_default=text("'yes'")),
    Column('flag', TINYINT(1), nullable=False, server_default=text('1')),
    Column('ratio', FLOAT(7, 4)),
    Column('price', DECIMAL(10, 2, unsigned=True, zerofill=True)),
    Column('ts', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('kind', Enum(WpOptionsKind, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'")),
    Column('bits', BIT(8)),
    Column('yr', YEAR(4)),
    Column('pt', NullType),
    Column('js', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Index('autoload', 'autoload'),
    Index('option_name', 'option_name', unique=True),
    comment='site options'
)

t_wp_posts = Table(
    'wp_posts', metadata,
    Column('ID', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('post_author', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')),
    Column('post_date', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")),
    Column('post_content', LONGTEXT, nullable=False),
    Column('post_title', Text, nullable=False),
    Column('post_status', String(20), nullable=False, server_default=text("'publish'")),
    Column('comment_status', String(20), nullable=False, server_default=text("'open'")),
    Column('post_name', String(200), nullable=False, server_default=text("''")),
    Column('post_modified_gmt', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")),
    Column('post_parent', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')),
    Column('guid', String(255), nullable=False, server_default=text("''")),
    Column('menu_order', INTEGER(11), nullable=False, server_default=text('0')),
    Column('post_type', String(20), nullable=False, server_default=text("'post'")),
    Column('comment_count', BIGINT(20), nullable=False, server_default=text('0')),
    Index('ft_content', 'post_title', 'post_content', mysql_prefix='FULLTEXT'),
    Index('post_author', 'post_author'),
    Index('post_name', 'post_name', mysql_length={'post_name': 191}),
    Index('post_parent', 'post_parent'),
    Index('type_status_date', 'post_type', 'post_status', 'post_date', 'ID')
)

t_wp_term_relationships = Table(
    'wp_term_relationships', metadata,
    Column('object_id', BIGINT(20, unsigned=True), primary_key=True, server_default=text('0')),
    Column('term_taxonomy_id', BIGINT(20, unsigned=True), primary_key=True, server_default=text('0')),
    Column('term_order', INTEGER(11), nullable=False, server_default=text('0')),
    Index('term_taxonomy_id', 'term_taxonomy_id')
)

t_wp_usermeta = Table(
    'wp_usermeta', metadata,
    Column('umeta_id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('user_id', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')),
    Column('meta_key', String(255)),
    Column('meta_value', LONGTEXT),
    Index('meta_key', 'meta_key', mysql_length={'meta_key': 191}),
    Index('user_id', 'user_id')
)

t_wp_users = Table(
    'wp_users', metadata,
    Column('ID', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('user_login', String(60), nullable=False, server_default=text("''")),
    Column('user_pass', String(255), nullable=False, server_default=text("''")),
    Column('user_nicename', String(50), nullable=False, server_default=text("''")),
    Column('user_email', String(100), nullable=False, server_default=text("''")),
    Column('user_url', String(100), nullable=False, server_default=text("''")),
    Column('user_registered', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")),
    Column('user_activation_key', String(255), nullable=False, server_default=text("''")),
    Column('user_status', INTEGER(11), nullable=False, server_default=text('0')),
    Column('display_name', String(250), nullable=False, server_default=text("''")),
    Index('user_email', 'user_email'),
    Index('user_login_key', 'user_login'),
    Index('user_nicename', 'user_nicename')
)
