from sqlalchemy import Column, DECIMAL, Double, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT, TINYINT

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('s', SMALLINT(6), nullable=False),
    Column('b', BIGINT(20), nullable=False),
    Column('n', INTEGER(11)),
    Column('d', DECIMAL(8, 2), nullable=False),
    Column('d2', DECIMAL(5, 3)),
    Column('f', Double(asdecimal=True), nullable=False),
    Column('v', String(20), nullable=False),
    Column('tiny', TINYINT(4), nullable=False)
)

t_v = Table(
    'v', metadata,
    Column('a1', BIGINT(12), server_default=text("'0'")),
    Column('a2', BIGINT(12), server_default=text("'0'")),
    Column('a3', INTEGER(7), server_default=text("'0'")),
    Column('a4', BIGINT(11), server_default=text("'0'")),
    Column('a5', BIGINT(21), server_default=text("'0'")),
    Column('a6', BIGINT(12)),
    Column('a7', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('a8', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('a9', DECIMAL(10, 3)),
    Column('a10', DECIMAL(13, 5)),
    Column('a11', Double(asdecimal=True), server_default=text("'0'")),
    Column('a12', BIGINT(21), server_default=text("'0'")),
    Column('a13', BIGINT(21), server_default=text("'0'")),
    Column('a14', DECIMAL(32, 0)),
    Column('a15', DECIMAL(30, 2)),
    Column('a16', DECIMAL(14, 4)),
    Column('a17', String(20)),
    Column('a18', INTEGER(11)),
    Column('a19', BIGINT(12), server_default=text("'0'")),
    Column('a20', DECIMAL(14, 4)),
    Column('a21', INTEGER(5), server_default=text("'0'")),
    Column('a22', INTEGER(1), server_default=text("'0'")),
    Column('a23', String(1)),
    Column('a25', String(20)),
    Column('a26', INTEGER(11), server_default=text("'0'")),
    Column('a27', INTEGER(10), server_default=text("'0'"))
)
