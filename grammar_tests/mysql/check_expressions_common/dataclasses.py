from typing import Optional
import datetime
import decimal

from sqlalchemy import CHAR, CheckConstraint, DECIMAL, Date, Float, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class K(Base):
    __tablename__ = 'k'
    __table_args__ = (
        CheckConstraint("`email` like '%%@%%'", name='CONSTRAINT_16'),
        CheckConstraint("`email` regexp '^[^@]+@[^@]+$'", name='CONSTRAINT_1'),
        CheckConstraint('`ends` - `starts` < 30', name='CONSTRAINT_23'),
        CheckConstraint('`ends` > `starts` or `ends` is null', name='CONSTRAINT_5'),
        CheckConstraint('`flag` in (0,1)', name='CONSTRAINT_8'),
        CheckConstraint("`name` <> ''", name='CONSTRAINT_9'),
        CheckConstraint('`pct` >= 0.0 and `pct` <= 1.0', name='CONSTRAINT_7'),
        CheckConstraint('`price` * `qty` < 1e9', name='CONSTRAINT_13'),
        CheckConstraint('`price` <=> 0 = 0', name='CONSTRAINT_25'),
        CheckConstraint('`price` >= 0 and `price` < 1000000', name='CONSTRAINT_3'),
        CheckConstraint('`qty` >= 0', name='CONSTRAINT_10'),
        CheckConstraint('`qty` MOD 2 = 0', name='CONSTRAINT_18'),
        CheckConstraint('`qty` MOD 3 <> 1', name='CONSTRAINT_19'),
        CheckConstraint('`qty` between 1 and 100', name='CONSTRAINT_4'),
        CheckConstraint("`starts` >= '2000-01-01'", name='CONSTRAINT_14'),
        CheckConstraint("`status` <> 'x' and `qty` is not null", name='CONSTRAINT_24'),
        CheckConstraint("`status` <> 'z'", name='CONSTRAINT_17'),
        CheckConstraint("`status` in ('a','b','c')", name='CONSTRAINT_2'),
        CheckConstraint('abs(`qty`) < 10', name='CONSTRAINT_20'),
        CheckConstraint('case when `qty` > 5 then `price` > 1 else 1 end', name='CONSTRAINT_27'),
        CheckConstraint('char_length(`code`) = 3', name='CONSTRAINT_6'),
        CheckConstraint('coalesce(`qty`,0) >= 0', name='CONSTRAINT_12'),
        CheckConstraint('if(`qty` > 0,1,0) = 1', name='CONSTRAINT_26'),
        CheckConstraint('json_valid(`name`)', name='CONSTRAINT_22'),
        CheckConstraint('lcase(`email`) = `email`', name='CONSTRAINT_11'),
        CheckConstraint('octet_length(trim(`name`)) > 0', name='CONSTRAINT_15'),
        CheckConstraint("substr(`code`,1,1) = 'A'", name='CONSTRAINT_21')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    email: Mapped[Optional[str]] = mapped_column(String(100))
    status: Mapped[Optional[str]] = mapped_column(String(20))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    starts: Mapped[Optional[datetime.date]] = mapped_column(Date)
    ends: Mapped[Optional[datetime.date]] = mapped_column(Date)
    code: Mapped[Optional[str]] = mapped_column(CHAR(3))
    pct: Mapped[Optional[float]] = mapped_column(Float)
    flag: Mapped[Optional[int]] = mapped_column(TINYINT(1))
    name: Mapped[Optional[str]] = mapped_column(String(50))
